export { validate39 as guardGroupContactType };
const schema50 = {"type":"string","enum":["GROUPRING","GROUPPHONE"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data === "GROUPRING") || (data === "GROUPPHONE"))){
validate39.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema50.enum}}];
return false;
}
validate39.errors = vErrors;
return errors === 0;
}
