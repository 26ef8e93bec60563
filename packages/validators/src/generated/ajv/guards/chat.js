export { validate251 as guardChat };
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};

function validate251(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jabberId !== undefined){
if(typeof data.jabberId !== "string"){
validate251.errors = [{instancePath:instancePath+"/jabberId",schemaPath:"#/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate251.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate251.errors = vErrors;
return errors === 0;
}
