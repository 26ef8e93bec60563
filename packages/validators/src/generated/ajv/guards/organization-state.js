export { validate41 as guardOrganizationState };
const schema52 = {"type":"string","enum":["active","inactive","deleted"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "active") || (data === "inactive")) || (data === "deleted"))){
validate41.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema52.enum}}];
return false;
}
validate41.errors = vErrors;
return errors === 0;
}
