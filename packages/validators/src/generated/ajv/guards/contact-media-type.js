export { validate26 as guardContactMediaType };
const schema37 = {"type":"string","enum":["PHONE","EMAIL","SMS"]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "PHONE") || (data === "EMAIL")) || (data === "SMS"))){
validate26.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema37.enum}}];
return false;
}
validate26.errors = vErrors;
return errors === 0;
}
